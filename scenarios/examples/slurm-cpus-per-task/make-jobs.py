#!/usr/bin/env python3
"""Writes jobs.csv and jobs-as-tasks.csv: a seeded two-day workload of hybrid MPI+OpenMP jobs for
this example. Each job runs 1 to 16 tasks of 1, 4, 8 or 16 threads (--cpus-per-task), 20 min to
4 h. jobs.csv asks for the threads per task (cpus_per_task); jobs-as-tasks.csv asks for the same
CPUs as one-CPU tasks, which cons_tres may scatter over any free cores."""
import random

rng = random.Random(7)
rows = []
for i in range(360):
    submit = int(rng.uniform(0, 2 * 86400))
    per_task = rng.choice([1, 4, 8, 8, 16])
    tasks = rng.choice([1, 2, 2, 4, 8, 16]) if per_task < 16 else rng.choice([1, 2, 4])
    run = int(rng.uniform(1200, 4 * 3600))
    rows.append((submit, run, 2 * run, tasks * per_task, per_task, "u%d" % rng.randint(1, 8)))
rows.sort()
for name, with_cpt in (("jobs.csv", True), ("jobs-as-tasks.csv", False)):
    with open(name, "w") as f:
        f.write("job_id,submit_s,run_s,requested_s,processors,user,cpus_per_task\n")
        for k, (submit, run, req, cpus, per_task, user) in enumerate(rows, 1):
            f.write("%d,%d,%d,%d,%d,%s,%s\n" % (k, submit, run, req, cpus, user, per_task if with_cpt else ""))
