# Argument checks shared by the scripts in scripts/: each bad value gets one line naming it and
# what is allowed, and exit 2, before anything is built or run. Source it; it defines functions only.

# whole NAME VALUE LEAST: returns if VALUE is a whole number from LEAST to 999999999, else exits.
whole() {
  case "$2" in
    '' | *[!0-9]*) ;;
    *) [ "${#2}" -le 9 ] && [ "$((10#$2))" -ge "$3" ] && return 0 ;;
  esac
  echo "$(basename "$0"): $1 is ${2:-empty}; it must be a whole number from $3 to 999999999" >&2
  exit 2
}

# at_most MAX USAGE ARGS...: exits unless there are at most MAX arguments after USAGE (0: none).
at_most() {
  local max="$1" usage="$2"
  shift 2
  if [ "$#" -gt "$max" ]; then
    if [ "$max" -eq 0 ]; then
      echo "$(basename "$0"): takes no arguments, got $#: $*" >&2
    else
      local noun=arguments
      [ "$max" -eq 1 ] && noun=argument
      echo "$(basename "$0"): takes at most $max $noun ($usage), got $#: $*" >&2
    fi
    exit 2
  fi
}
