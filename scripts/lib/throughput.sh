# Throughput of two processes run at once, for bench-vs-c. Source it; it defines functions only.

# pair_throughput OUTPUT_A OUTPUT_B SUMMED: prints the two processes' steps per second together,
# both processes' steps over the longer one's time, and writes to SUMMED the sum of their own rates.
# Each output holds one or more runs, each a total_steps line then an ns_per_step line (the C
# yardstick's and qsweep bench's output); a process's time is the sum of its runs' ns/step times
# their steps. The first is the machine's time for the pair's work, as a sweep's figure is its
# steps over its whole time; the sum counts the faster process's idle end as work. Exits 1 naming
# the file when an output holds no whole run.
pair_throughput() {
  awk -v summed="$3" '
    FNR == 1 { side = FILENAME == ARGV[1] ? 1 : 2; last = "" } # an empty file has no line 1
    $1 == "total_steps" { last = $2 }
    $1 == "ns_per_step" && last != "" { steps[side] += last; nanos[side] += $2 * last; last = "" }
    END {
      for (k = 1; k <= 2; k++) {
        if (!(nanos[k] > 0)) {
          printf "bench-vs-c: %s holds no run (a total_steps line, then ns_per_step)\n", ARGV[k] > "/dev/stderr"
          exit 1
        }
      }
      longer = nanos[1] > nanos[2] ? nanos[1] : nanos[2]
      printf "%.4g", (steps[1] + steps[2]) * 1e9 / longer
      printf "%.4g\n", steps[1] * 1e9 / nanos[1] + steps[2] * 1e9 / nanos[2] > summed
    }' "$1" "$2"
}
