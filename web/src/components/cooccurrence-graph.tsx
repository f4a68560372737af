import cytoscape from 'cytoscape';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Cooccurrence, EntityType } from '../api.ts';
import { ENTITY_COLORS } from './entity-colors.ts';

/** Edge widths grow with shared documents up to this many pixels. */
const MAX_EDGE_WIDTH = 8;
/** Neighbours are laid out in about this many rings by shared documents. */
const RINGS = 3;

/**
 * The entity in the middle and the entities that share documents with it around it, each edge
 * as wide as the number of shared documents. Clicking a neighbour calls `onOpen` with its id.
 */
export function CooccurrenceGraph({ center, neighbours, onOpen, label }: {
  center: { id: string; name: string; type: EntityType };
  neighbours: readonly Cooccurrence[];
  onOpen: (id: string) => void;
  label: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const container = box.current;
    if (!container) return;
    const most = Math.max(1, ...neighbours.map((one) => one.documents));
    const graph = cytoscape({
      container,
      elements: [
        { data: { id: center.id, label: center.name, color: ENTITY_COLORS[center.type], size: 46 } },
        ...neighbours.map((one) => ({ data: { id: one.id, label: one.name, color: ENTITY_COLORS[one.type] ?? '#777', size: 18 + (22 * one.documents) / most, documents: one.documents } })),
        ...neighbours.map((one) => ({ data: { id: `${center.id}-${one.id}`, source: center.id, target: one.id, width: 1 + ((MAX_EDGE_WIDTH - 1) * one.documents) / most } })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(color)', label: 'data(label)', width: 'data(size)', height: 'data(size)',
            'font-size': 12, 'text-outline-color': '#f5f7f9', 'text-outline-width': 2, 'text-valign': 'bottom', 'text-margin-y': 3, color: '#222', 'font-family': 'system-ui, sans-serif',
          },
        },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': '#b8b8b8', 'curve-style': 'straight' } },
      ],
      // Rings: the entity in the middle, the neighbours sharing the most documents nearest it.
      layout: {
        name: 'concentric', animate: false, minNodeSpacing: 28, padding: 12, startAngle: Math.PI / 2, avoidOverlap: true,
        concentric: (node: cytoscape.NodeSingular) => (node.id() === center.id ? most + 1 : Number(node.data('documents'))),
        levelWidth: () => Math.max(1, most / RINGS),
      },
      userZoomingEnabled: false,
      boxSelectionEnabled: false,
    });
    graph.on('tap', 'node', (event) => {
      const id = event.target.id() as string;
      if (id !== center.id) onOpen(id);
    });
    return () => graph.destroy();
  }, [center.id, neighbours]);
  return <div class="graph" ref={box} role="img" aria-label={label} data-nodes={neighbours.length + 1} />;
}
