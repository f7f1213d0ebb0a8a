#!/usr/bin/env python3
"""Writes multi-queue-jobs.csv: a synthetic 3-day workload for multi-queue.yaml (seeded, so the file
is reproducible). CPU jobs of 1-8 c5n.18xlarge nodes (36 CPUs each, multithreading off); most name
no partition (the default queue, ondemand), about 30% ask for the spot queue; GPU jobs of 1-2
p4d.24xlarge nodes ask for the gpu queue."""
import random

rng = random.Random(7)
rows = []
for i in range(240):
    submit = int(rng.uniform(0, 3 * 86400))
    nodes = rng.choice([1, 1, 2, 2, 4, 8])
    run = int(rng.uniform(600, 3 * 3600))
    partition = "spot" if rng.random() < 0.3 else ""
    rows.append((submit, run, 2 * run, 36 * nodes, nodes, 0, "u%d" % rng.randint(1, 8), partition))
for i in range(30):
    submit = int(rng.uniform(0, 3 * 86400))
    nodes = rng.choice([1, 1, 2])
    run = int(rng.uniform(3600, 4 * 3600))
    rows.append((submit, run, 2 * run, 48 * nodes, nodes, 8 * nodes, "ml%d" % rng.randint(1, 3), "gpu"))
rows.sort()
with open("multi-queue-jobs.csv", "w") as f:
    f.write("job_id,submit_s,run_s,requested_s,processors,nodes,gpus,user,partition\n")
    for k, r in enumerate(rows, 1):
        f.write("%d,%d,%d,%d,%d,%d,%d,%s,%s\n" % ((k,) + r))
