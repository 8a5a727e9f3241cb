/**
 * The {@code qsweep} command line (picocli): one class per subcommand. Commands parse and check
 * input, call the library, and print; a user's mistake is one line and exit 2, a failed run exit 1.
 */
package dev.qsweep.cli;
