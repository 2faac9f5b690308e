import { Curve, type LineDrawShapeProps } from 'recharts';

/**
 * A Line's path without the ref recharts measures it through: recharts calls getTotalLength() on
 * every render for its draw-in animation, tens of ms on a path of thousands of points; our lines never animate.
 */
export function unmeasuredCurve(props: LineDrawShapeProps) {
  const { pathRef: _measured, animationElapsedTime: _t, isAnimating: _a, isEntrance: _e, visibleLength: _l, ...curve } = props;
  return <Curve {...curve} />;
}
