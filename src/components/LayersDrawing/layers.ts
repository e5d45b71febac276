/** The layers of the landing page drawing, each with its page and the tool for the job at that layer. */
export const LAYERS = [
  {
    key: 'eni',
    name: 'ENI',
    page: '/docs/eni',
    lines: ['Elastic network interface: the', 'VPC resource with IPs, security', 'groups and a MAC. What you attach.'],
    tool: {to: '/docs/tools/eks-ip-planner', label: 'EKS pod and IP planner →'},
  },
  {
    key: 'ena',
    name: 'ENA',
    page: '/docs/ena',
    lines: ['Elastic Network Adapter: the', 'device and driver that move', 'its packets through the kernel.'],
    tool: {to: '/docs/reference/instance-types', label: 'Instance-type explorer →'},
  },
  {
    key: 'efa',
    name: 'EFA',
    page: '/docs/efa',
    lines: ['An ENI of type efa: adds an', 'OS-bypass path for MPI and NCCL', 'through Libfabric.'],
    tool: {to: '/docs/tools/efa-layout', label: 'EFA layout builder →'},
  },
] as const;
