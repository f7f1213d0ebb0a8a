#!/usr/bin/env python3
"""Independent reference replay of an SWF trace under FCFS, EASY or conservative backfilling.

Written separately from the Java engine, as plainly as possible (full queue scan and a fresh
reservation in every pass, no incremental shortcuts), to cross-check hpcsim's metrics before
they are pinned in tests. Same conventions as hpcsim: job size = allocated processors (field 5)
or else requested (field 8); jobs with unknown run or submit time, larger than the machine, or
submitted before the previous accepted job are dropped; a missing requested time is replaced by
the run time; processors are allocated as single cores; jobs are killed at their requested time
unless --no-kill; one scheduling pass after all events at an instant, after which the queue length is sampled;
a running job is expected to end at max(start + requested time, now).

Conservative backfilling keeps its own event loop in integer nanoseconds, as hpcsim does, and
rebuilds the free-processor profile from scratch for every job it places; see
replay_conservative for the rules.

Usage: reference-replay.py TRACE.swf[.gz] PROCESSORS fcfs|easy|conservative [--no-kill]
Prints the metrics as JSON.
"""
import gzip
import heapq
import json
import sys


def read_jobs(path, capacity):
    opener = gzip.open if open(path, "rb").read(2) == b"\x1f\x8b" else open
    jobs, dropped, prev = [], 0, float("-inf")
    with opener(path, "rt") as f:
        for line in f:
            s = line.strip()
            if not s or s.startswith(";"):
                continue
            v = s.split()
            jid, submit, run = int(v[0]), float(v[1]), float(v[3])
            alloc, req_procs, req_time = int(v[4]), int(v[7]), float(v[8])
            size = alloc if alloc > 0 else req_procs
            if size <= 0 or run < 0 or submit < 0 or size > capacity or submit < prev:
                dropped += 1
                continue
            prev = submit
            jobs.append(dict(id=jid, submit=submit, run=run, req=req_time if req_time > 0 else run, size=size))
    return jobs, dropped


def replay(jobs, capacity, policy, kill):
    free = capacity
    queue = []              # waiting jobs in arrival order
    running = []            # (expected_end, job)
    events = []             # (time, seq, kind, job); kind 0 = end, 1 = arrival
    seq = 0
    for j in jobs:
        events.append((j["submit"], seq, 1, j))
        seq += 1
    heapq.heapify(events)
    qlen_area, qlen_last_t, qlen, qlen_max = 0.0, None, 0, 0

    def set_qlen(t, n):
        nonlocal qlen_area, qlen_last_t, qlen, qlen_max
        if qlen_last_t is not None:
            qlen_area += qlen * (t - qlen_last_t)
        qlen_last_t, qlen = t, n
        qlen_max = max(qlen_max, n)

    def start(j, now):
        nonlocal free, seq
        free -= j["size"]
        j["start"] = now
        dur = min(j["run"], j["req"]) if kill else j["run"]
        j["end"] = now + dur
        running.append((now + j["req"], j))
        heapq.heappush(events, (j["end"], seq, 0, j))
        seq += 1

    def schedule(now):
        while queue and queue[0]["size"] <= free:
            start(queue.pop(0), now)
        if policy == "fcfs" or not queue:
            return
        head = queue[0]
        avail, shadow = free, None
        for end, j in sorted(running, key=lambda e: e[0]):
            end = max(end, now)  # an overdue job is expected to end any moment
            if shadow is not None and end > shadow:
                break
            avail += j["size"]
            if avail >= head["size"] and shadow is None:
                shadow = end
        extra = avail - head["size"]
        i = 1
        while i < len(queue):
            j = queue[i]
            if j["size"] <= free:
                short = now + j["req"] <= shadow
                if short or j["size"] <= extra:
                    if not short:
                        extra -= j["size"]
                    queue.pop(i)
                    start(j, now)
                    continue
            i += 1

    while events:
        now = events[0][0]
        while events and events[0][0] == now:
            _, _, kind, j = heapq.heappop(events)
            if kind == 0:
                free += j["size"]
                running[:] = [r for r in running if r[1] is not j]
            else:
                queue.append(j)
        schedule(now)
        set_qlen(now, len(queue))
    return qlen_area, qlen_max, qlen_last_t


NS = 1_000_000_000


def replay_conservative(jobs, capacity, kill):
    """Conservative backfilling (Mu'alem and Feitelson 2001), the variant hpcsim implements.

    Every waiting job holds a reservation: on arrival, the earliest time from which its processors
    are free for its requested time (at least 1 ns), given running jobs (held until
    max(start + requested time, now)) and the reservations of the jobs ahead of it. A job starts
    when its reservation is now and its processors are really free. At the first pass after a job
    ended before its requested time, each waiting job in queue order gives up its reservation and
    takes the earliest possible, all others keeping theirs (compression: nobody moves later). At a
    pass that finds a running job past its requested time, or a reservation in the past, all
    reservations are dropped and made again in queue order. After each pass a pass is asked for at
    the earliest reservation still ahead, unless a job reserved now could not start.
    """
    for j in jobs:
        j["submit_ns"] = round(j["submit"] * NS)
        j["req_ns"] = round(j["req"] * NS)
        j["dur_ns"] = round((min(j["run"], j["req"]) if kill else j["run"]) * NS)
        j["plan_ns"] = max(j["req_ns"], 1)
        j["res"] = None
    free = capacity
    queue, running = [], []
    events = [(j["submit_ns"], i, 1, j) for i, j in enumerate(jobs)]
    seq = len(events)
    heapq.heapify(events)
    wake_at = None
    ended_early = False
    qlen_area, qlen_last_t, qlen, qlen_max = 0.0, None, 0, 0

    def set_qlen(t, n):
        nonlocal qlen_area, qlen_last_t, qlen, qlen_max
        if qlen_last_t is not None:
            qlen_area += qlen * (t - qlen_last_t)
        qlen_last_t, qlen = t, n
        qlen_max = max(qlen_max, n)

    def earliest(now, job):
        """Earliest start >= now for job, the profile built afresh without job's own reservation."""
        change = {now: capacity}
        for r in running:
            change[now] -= r["size"]
            end = max(r["planned_end"], now)
            change[end] = change.get(end, 0) + r["size"]
        for q in queue:
            if q is not job and q["res"] is not None:
                change[q["res"]] = change.get(q["res"], 0) - q["size"]
                end = q["res"] + q["plan_ns"]
                change[end] = change.get(end, 0) + q["size"]
        steps, level = [], 0
        for t in sorted(change):
            level += change[t]
            steps.append((t, level))
        for k, (s, _) in enumerate(steps):
            if all(f >= job["size"] for t, f in steps[k:] if t < s + job["plan_ns"]):
                return s
        raise AssertionError("no start found")

    def start(j, now):
        nonlocal free, seq
        free -= j["size"]
        j["start_ns"] = now
        j["planned_end"] = now + j["plan_ns"]
        running.append(j)
        heapq.heappush(events, (now + j["dur_ns"], seq, 0, j))
        seq += 1

    def schedule(now):
        nonlocal ended_early, wake_at, seq
        rebuild = any(r["planned_end"] <= now for r in running) or any(
            q["res"] is not None and q["res"] < now for q in queue)
        compress = ended_early and not rebuild
        ended_early = False
        if rebuild:
            for q in queue:
                q["res"] = None
        blocked = False
        for q in list(queue):
            if q["res"] is None:
                q["res"] = earliest(now, q)
            elif compress:
                s = earliest(now, q)
                assert s <= q["res"], "compression moved a job later"
                q["res"] = s
            if q["res"] == now and q["size"] <= free:
                queue.remove(q)
                start(q, now)
            elif q["res"] == now:
                blocked = True
        ahead = [q["res"] for q in queue if q["res"] > now]
        wake_at = min(ahead) if ahead and not blocked else None
        if wake_at is not None:
            heapq.heappush(events, (wake_at, seq, 2, None))
            seq += 1

    while events:
        now = events[0][0]
        need_pass = False
        while events and events[0][0] == now:
            _, _, kind, j = heapq.heappop(events)
            if kind == 0:
                free += j["size"]
                running.remove(j)
                ended_early = ended_early or now < j["planned_end"]
                need_pass = True
            elif kind == 1:
                queue.append(j)
                need_pass = True
            elif now == wake_at:  # a wake-up asked for before the latest pass is void
                wake_at = None
                need_pass = True
        if need_pass:
            schedule(now)
            set_qlen(now / NS, len(queue))
    for j in jobs:
        j["start"] = j["start_ns"] / NS
        j["end"] = (j["start_ns"] + j["dur_ns"]) / NS
    return qlen_area, qlen_max, qlen_last_t


def percentile(sorted_values, p):
    rank = p / 100 * (len(sorted_values) - 1)
    lo = int(rank)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (rank - lo) * (sorted_values[hi] - sorted_values[lo])


def main():
    path, capacity, policy = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    kill = "--no-kill" not in sys.argv
    jobs, dropped = read_jobs(path, capacity)
    if policy == "conservative":
        qarea, qmax, _ = replay_conservative(jobs, capacity, kill)
    else:
        qarea, qmax, _ = replay(jobs, capacity, policy, kill)
    first = min(j["submit"] for j in jobs)
    last = max(j["end"] for j in jobs)
    makespan = last - first
    waits = sorted(j["start"] - j["submit"] for j in jobs)
    runs = [j["end"] - j["start"] for j in jobs]
    bsld = [max(1.0, (j["start"] - j["submit"] + r) / max(r, 10.0)) for j, r in zip(jobs, runs)]
    core_seconds = sum(j["size"] * r for j, r in zip(jobs, runs))
    print(json.dumps(dict(
        jobs=len(jobs), dropped=dropped,
        killedAtLimit=sum(1 for j in jobs if kill and j["run"] > j["req"]),
        makespan=makespan, utilization=core_seconds / (capacity * makespan),
        meanWait=sum(waits) / len(waits), medianWait=percentile(waits, 50), p95Wait=percentile(waits, 95),
        maxWait=waits[-1], meanBoundedSlowdown=sum(bsld) / len(bsld),
        throughputPerHour=len(jobs) / (makespan / 3600), meanQueueLength=qarea / makespan,
        maxQueueLength=qmax), indent=2))


if __name__ == "__main__":
    main()
