package dev.qsweep.eval;

/**
 * Neumaier's compensated summation: a sum of many small weighted terms (300 start states at 1/300
 * each) that comes out as the correctly rounded decimal a reader expects, 13.07 not
 * 13.070000000000004.
 */
final class CompensatedSum {
  private double sum;
  private double compensation;

  void add(double x) {
    double t = sum + x;
    if (Math.abs(sum) >= Math.abs(x)) {
      compensation += (sum - t) + x;
    } else {
      compensation += (x - t) + sum;
    }
    sum = t;
  }

  double value() {
    return sum + compensation;
  }
}
