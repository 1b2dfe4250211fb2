import { SetMetadata } from '@nestjs/common';
import type { Role } from './principal';

/** Who may call a route besides admin: roles, or integration scopes written `scope:<name>`. */
export type Grant = Exclude<Role, 'admin' | 'integration'> | `scope:${string}`;

export const ALLOW = 'pb:allow';
export const PUBLIC = 'pb:public';

/** The roles (and integration scopes) a route admits; admin is always admitted. */
export const Allow = (...grants: Grant[]) => SetMetadata(ALLOW, grants);

/** A route that needs no token. */
export const Public = () => SetMetadata(PUBLIC, true);
