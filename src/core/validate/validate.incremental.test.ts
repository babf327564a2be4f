import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorkspace, updateWorkspace } from '../yaml/workspace.ts';
import {
  type RoutingEdit,
  routingDocuments,
  routingEdits,
  routingText,
} from './testing/routingEdits.ts';
import { validate } from './validate.ts';

// Validation reuses what it decided before an edit (per resource, route and listener); these tests
// check that the report after an edit is the one a validation of the new text from scratch gives.

describe('validate after an edit', () => {
  it.each(routingEdits)('reports what a fresh validation reports: %s', (_name, edit) => {
    const before = createWorkspace(routingText(routingDocuments));
    const reportBefore = validate(before);
    const after = updateWorkspace(before, routingText(edit([...routingDocuments])));
    const report = validate(after);
    expect(report).not.toEqual(reportBefore);
    expect(report).toEqual(validate(createWorkspace(after.text)));
  });

  it('reports what a fresh validation reports after any sequence of edits (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<RoutingEdit>(...routingEdits), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('standard', 'experimental'),
        (edits, channel) => {
          let documents = [...routingDocuments];
          let workspace = createWorkspace(routingText(documents));
          validate(workspace, { channel });
          const reports = edits.map(([, edit]) => {
            documents = edit(documents);
            workspace = updateWorkspace(workspace, routingText(documents));
            return { text: workspace.text, report: validate(workspace, { channel }) };
          });
          // The fresh validations come last, so that they do not stand between the edits.
          for (const { text, report } of reports) {
            expect(report).toEqual(validate(createWorkspace(text), { channel }));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
