import type { TestApp } from './strapi';

let counter = 0;

/** A logged-in admin with the given role code (default: Super Admin); returns a bearer token. */
export async function adminToken(app: TestApp, roleCode = 'strapi-super-admin'): Promise<string> {
  counter += 1;
  const email = `admin${counter}-${Date.now()}@newsroom.test`;
  const password = 'Test-password-2026';
  const role = await app.strapi.db.query('admin::role').findOne({ where: { code: roleCode } });
  if (!role) throw new Error(`No admin role ${roleCode}`);
  await app.strapi.service('admin::user').create({
    email,
    firstname: 'Test',
    lastname: roleCode,
    password,
    isActive: true,
    registrationToken: null,
    roles: [role.id],
  });
  const res = await app.http().post('/admin/login').send({ email, password });
  if (res.status !== 200) throw new Error(`admin login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.token;
}

/** A content-API token ('read-only' or 'full-access'). */
export async function apiToken(app: TestApp, type: 'read-only' | 'full-access'): Promise<string> {
  counter += 1;
  const token = await app.strapi.service('admin::api-token').create({ name: `test-${type}-${counter}`, type, lifespan: null, description: '' });
  return token.accessKey;
}
