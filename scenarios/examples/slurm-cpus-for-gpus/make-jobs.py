#!/usr/bin/env python3
"""Writes jobs.csv: a seeded two-day workload for this example. CPU jobs (4 to 32 CPUs, no node
count, 30 min to 4 h) keep the cpu partition busy; GPU jobs (8 CPUs and 1 to 4 GPUs on one node,
1 to 3 h) arrive in the gpu partition. Both partitions hold the same eight GPU nodes."""
import random

rng = random.Random(11)
rows = []
for i in range(300):
    submit = int(rng.uniform(0, 2 * 86400))
    cpus = rng.choice([4, 8, 8, 16, 16, 32])
    run = int(rng.uniform(1800, 4 * 3600))
    rows.append((submit, run, 2 * run, cpus, 0, 0, "c%d" % rng.randint(1, 6), "cpu"))
for i in range(120):
    submit = int(rng.uniform(0, 2 * 86400))
    gpus = rng.choice([1, 2, 2, 4])
    run = int(rng.uniform(3600, 3 * 3600))
    rows.append((submit, run, 2 * run, 8, 1, gpus, "g%d" % rng.randint(1, 3), "gpu"))
rows.sort()
with open("jobs.csv", "w") as f:
    f.write("job_id,submit_s,run_s,requested_s,processors,nodes,gpus,user,partition\n")
    for k, r in enumerate(rows, 1):
        f.write("%d,%d,%d,%d,%d,%d,%d,%s,%s\n" % ((k,) + r))
