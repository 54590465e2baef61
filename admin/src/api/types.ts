// The admin routes' shapes live in shared/, where the server's admin services use them too.
export * from '../../../shared/admin-api';
