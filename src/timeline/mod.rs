//! Timeline view maths: the time↔x scale, axis ticks and label stacking.
