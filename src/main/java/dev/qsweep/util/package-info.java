/**
 * The leaf of qsweep's package graph: what every text qsweep writes shares, so a number reads back
 * to the same double everywhere and no file is ever half-written: locale-free number formatting,
 * CSV (Commons CSV, and a faster reader of the quote-free files qsweep writes) and JSON, atomic
 * file replacement, and the argmax with NumPy's tie-break.
 */
package dev.qsweep.util;
