import { LinearModel } from './linear-model.ts';

/**
 * The mean of linear models over the same classes (their weights averaged feature by feature,
 * a feature missing from a model counting 0 there). Models trained on the same data in
 * different orders make different mistakes; their mean scores every input with the mean of
 * their scores, one model's cost at tagging time.
 */
export function averageModels(models: readonly LinearModel[]): LinearModel {
  if (models.length === 0) throw new Error('averageModels: no models');
  if (models.length === 1) return models[0]!;
  const classes = models[0]!.classes;
  const rows = new Map<number, Float64Array>();
  for (const model of models) {
    if (model.classes !== classes) throw new Error('averageModels: models over different classes');
    const { scale } = model.toStored();
    const keys = model.featureKeys;
    model.forEachWeight((row, label, weight) => {
      const key = keys[row]!;
      let sums = rows.get(key);
      if (!sums) rows.set(key, (sums = new Float64Array(classes)));
      sums[label]! += weight / scale / models.length;
    });
  }
  const keys = [...rows.keys()].filter((key) => rows.get(key)!.some((w) => w !== 0)).sort((a, b) => a - b);
  const rowStart = [0];
  const labels: number[] = [];
  const weights: number[] = [];
  for (const key of keys) {
    rows.get(key)!.forEach((weight, label) => {
      if (weight === 0) return;
      labels.push(label);
      weights.push(weight);
    });
    rowStart.push(weights.length);
  }
  return LinearModel.fromRows(classes, Uint32Array.from(keys), Int32Array.from(rowStart), Uint16Array.from(labels), Float32Array.from(weights));
}
