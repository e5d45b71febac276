/** The numbers of a layout, with the working shown. */
import type {ReactNode} from 'react';
import {SUBNET_MIN_PREFIX, SUBNET_RESERVED, SUBNET_SOURCE, usableAddresses, type Numbers} from '@site/src/lib/efaLayout';
import styles from './styles.module.css';

const fmt = (n: number) => n.toLocaleString('en-US');

export default function LayoutNumbers({numbers: n}: {numbers: Numbers}): ReactNode {
  return (
    <dl className={styles.numbers} data-testid="efa-numbers">
      <div>
        <dt>EFAs per instance</dt>
        <dd data-testid="efa-count">
          {n.efas} ({n.efaOnly} EFA-only)
        </dd>
      </div>
      <div>
        <dt>Network interfaces (ENIs) per instance</dt>
        <dd data-testid="eni-count">{n.enis}</dd>
      </div>
      <div>
        <dt>Private IPv4 addresses</dt>
        <dd data-testid="ip-count">
          {n.ipsPerInstance} per instance × {fmt(n.nodes)} instance{n.nodes === 1 ? '' : 's'} = {fmt(n.ipsTotal)}
        </dd>
      </div>
      <div>
        <dt>Smallest subnet that fits</dt>
        <dd data-testid="subnet-size">
          {n.prefix === null ? (
            <>
              none: a /{SUBNET_MIN_PREFIX} has {fmt(usableAddresses(SUBNET_MIN_PREFIX))} usable addresses
            </>
          ) : (
            <>
              /{n.prefix}: 2<sup>{32 - n.prefix}</sup> − {SUBNET_RESERVED} reserved = {fmt(n.usable ?? 0)} usable ≥ {fmt(n.ipsTotal)}
            </>
          )}{' '}
          (<a href={SUBNET_SOURCE}>AWS reserves 5 addresses per subnet</a>; other resources in the subnet need addresses too)
        </dd>
      </div>
    </dl>
  );
}
