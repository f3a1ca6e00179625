/**
 * A bivariate Gaussian component as an ellipse to draw: the 1-sigma contour of
 * covariance [[sx^2, r sx sy], [r sx sy, sy^2]] has radii sqrt(eigenvalues) along
 * the eigenvectors.
 */
export interface Ellipse {
  rx: number;
  ry: number;
  /** rotation of the rx axis, radians */
  angle: number;
}

export function covarianceEllipse(sx: number, sy: number, rho: number): Ellipse {
  const a = sx * sx, d = sy * sy, b = rho * sx * sy;
  const mean = (a + d) / 2;
  const diff = Math.sqrt(((a - d) / 2) ** 2 + b * b);
  const l1 = mean + diff, l2 = Math.max(0, mean - diff);
  // eigenvector of l1; when b = 0 the axes are the coordinate axes
  const angle = b === 0 ? (a >= d ? 0 : Math.PI / 2) : Math.atan2(l1 - a, b);
  return { rx: Math.sqrt(l1), ry: Math.sqrt(l2), angle };
}
