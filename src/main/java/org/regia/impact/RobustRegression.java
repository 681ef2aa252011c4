package org.regia.impact;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.stat.regression.OLSMultipleLinearRegression;

/**
 * Weighted least squares with heteroskedasticity-robust (HC1, "sandwich") standard errors. Hipparchus fits the
 * regression on the square-root-weighted data; the sandwich is computed from its design matrix and residuals.
 */
final class RobustRegression {

    final double[] beta;
    final double[] robustSe;
    final int n;

    private RobustRegression(double[] beta, double[] robustSe, int n) {
        this.beta = beta;
        this.robustSe = robustSe;
        this.n = n;
    }

    /** @param x rows of regressors including the constant column; @param w weights (all 1 for OLS) */
    static RobustRegression fit(double[][] x, double[] y, double[] w) {
        int n = y.length;
        int k = x[0].length;
        double[][] xs = new double[n][k];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double s = Math.sqrt(w[i]);
            for (int j = 0; j < k; j++) {
                xs[i][j] = x[i][j] * s;
            }
            ys[i] = y[i] * s;
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.setNoIntercept(true);
        ols.newSampleData(ys, xs);
        double[] beta = ols.estimateRegressionParameters();
        double[] residuals = ols.estimateResiduals();

        RealMatrix design = new Array2DRowRealMatrix(xs, false);
        RealMatrix bread = new LUDecomposition(design.transpose().multiply(design)).getSolver().getInverse();
        RealMatrix meat = new Array2DRowRealMatrix(k, k);
        for (int i = 0; i < n; i++) {
            RealVector xi = new ArrayRealVector(xs[i], false);
            meat = meat.add(xi.outerProduct(xi).scalarMultiply(residuals[i] * residuals[i]));
        }
        RealMatrix cov = bread.multiply(meat).multiply(bread).scalarMultiply((double) n / (n - k));
        double[] se = new double[k];
        for (int j = 0; j < k; j++) {
            se[j] = Math.sqrt(cov.getEntry(j, j));
        }
        return new RobustRegression(beta, se, n);
    }
}
