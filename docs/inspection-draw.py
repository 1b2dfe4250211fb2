#!/usr/bin/env python3
"""Reruns the random draw (随机抽取) of an inspection batch from its recorded event.

Reads the data of an InspectionSampleDrawn event as JSON on stdin (the whole event, with the data
under "data", is accepted too) and prints the selected society ids, one per line, in the order drawn.
When the data also records the selection ("societyIds"), the script compares it with what it drew,
says so on stderr, and exits with 1 when they differ.

The algorithm is stated in docs/inspection-draw.md. Python 3, standard library only:
    python3 docs/inspection-draw.py < event.json
"""
import json
import re
import sys

ALGORITHM = "splitmix64-fisher-yates-v1"
MASK = (1 << 64) - 1


def splitmix64(seed):
    state = seed & MASK
    while True:
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        yield z ^ (z >> 31)


def uniform_below(values, bound):
    # Values at or above the last whole multiple of bound below 2^64 are drawn again (no modulo bias).
    limit = (1 << 64) - ((1 << 64) % bound)
    while True:
        value = next(values)
        if value < limit:
            return value % bound


def draw_sample(population, size, seed):
    if not re.fullmatch(r"[0-9a-f]{16}", seed):
        raise ValueError("the seed must be 16 lower-case hexadecimal digits")
    if not 0 <= size <= len(population):
        raise ValueError("cannot draw %d from %d" % (size, len(population)))
    values = splitmix64(int(seed, 16))
    pool = list(population)
    for i in range(size):
        j = i + uniform_below(values, len(pool) - i)
        pool[i], pool[j] = pool[j], pool[i]
    return pool[:size]


def main():
    record = json.load(sys.stdin)
    data = record["data"] if "population" not in record and "data" in record else record
    algorithm = data.get("algorithm", ALGORITHM)
    if algorithm != ALGORITHM:
        sys.exit("this script reruns %s, the event names %s" % (ALGORITHM, algorithm))
    selected = draw_sample(data["population"], data["sampleSize"], data["seed"])
    for society_id in selected:
        print(society_id)
    if "societyIds" in data:
        if data["societyIds"] == selected:
            print("the recorded selection matches", file=sys.stderr)
        else:
            print("the recorded selection DIFFERS from the rerun", file=sys.stderr)
            sys.exit(1)


if __name__ == "__main__":
    main()
