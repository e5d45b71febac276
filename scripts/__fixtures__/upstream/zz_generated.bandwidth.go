package instancetype

// GENERATED FILE. DO NOT EDIT DIRECTLY.

var (
	InstanceTypeBandwidthMegabits = map[string]int64{
		// t2.micro has vague bandwidth information, bandwidth is Low to Moderate
		"m5.large":     750,
		"c5.metal":     25000,
		"p5.48xlarge":  3200000,
	}
)
