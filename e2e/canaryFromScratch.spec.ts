import { parseAllDocuments } from 'yaml';
import { expect, test } from './support/fixtures.ts';

test('a person builds the canary setup from an empty canvas without typing YAML', async ({
  page,
  canvas,
  yamlPane,
}) => {
  await canvas.open(page);
  // Start from nothing: clear the example.
  await yamlPane.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await expect(canvas.node('GatewayClass example')).toHaveCount(0);

  await canvas.add('Gateway');
  await canvas.add('HTTPRoute');
  await canvas.add('Service');
  await canvas.rename('Service default/service', 'canary-v1');
  await canvas.add('Service');
  await canvas.rename('Service default/service', 'canary-v2');
  await canvas.settled();
  await canvas.fit();

  const route = 'HTTPRoute default/http-route';
  // Attach the route to the Gateway's HTTP listener and send its rule to v1, with the mouse…
  await canvas.drag(
    canvas.handle(route, 'parents', 'target'),
    canvas.handle('Gateway default/gateway', 'listener:http', 'source'),
  );
  await canvas.drag(
    canvas.handle(route, 'rule:0', 'source'),
    canvas.handle('Service default/canary-v1', 'backend', 'target'),
  );
  // …and to v2 with the keyboard.
  await canvas.sendTo(route, 'Service default/canary-v2');

  await canvas.click(route);
  for (const [service, weight] of [
    ['canary-v1', '90'],
    ['canary-v2', '10'],
  ] as const) {
    const field = canvas.inspector.getByRole('spinbutton', { name: `Weight ${service}` });
    await field.fill(weight);
    await field.press('Enter');
  }
  // The shares are in the edges' names at every zoom (their labels show only close up).
  for (const [service, share] of [
    ['canary-v1', '90%'],
    ['canary-v2', '10%'],
  ] as const) {
    await expect(
      page.getByRole('img', { name: `${route} sends ${share} to Service default/${service}` }),
    ).toBeAttached();
  }
  await expect(
    page.getByRole('img', { name: `${route} attached to Gateway default/gateway` }),
  ).toBeAttached();

  const docs = parseAllDocuments(await yamlPane.exportedText()).map(
    (doc) => doc.toJS() as { kind: string; metadata: { name: string }; spec: unknown },
  );
  const byName = (kind: string, name: string) =>
    docs.find((doc) => doc.kind === kind && doc.metadata.name === name)?.spec;
  expect(byName('Gateway', 'gateway')).toMatchObject({
    listeners: [{ name: 'http', protocol: 'HTTP', port: 80 }],
  });
  expect(byName('HTTPRoute', 'http-route')).toMatchObject({
    parentRefs: [{ name: 'gateway', sectionName: 'http' }],
    rules: [
      {
        backendRefs: [
          { name: 'canary-v1', port: 80, weight: 90 },
          { name: 'canary-v2', port: 80, weight: 10 },
        ],
      },
    ],
  });
  expect(byName('Service', 'canary-v1')).toMatchObject({ ports: [{ port: 80 }] });
  expect(byName('Service', 'canary-v2')).toMatchObject({ ports: [{ port: 80 }] });
  await expect(
    page
      .getByRole('region', { name: 'Problems' })
      .getByRole('listitem')
      .filter({ hasText: /^Error/ }),
  ).toHaveCount(0);
});
