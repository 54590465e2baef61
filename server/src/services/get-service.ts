import type { Core } from '@strapi/strapi';
import type services from '.';

export type NewsroomServices = { [Name in keyof typeof services]: ReturnType<(typeof services)[Name]> };

/** One of the plugin's services, typed (a string lookup through `strapi.plugin()` is `any`). */
export const getService = <Name extends keyof NewsroomServices>(strapi: Core.Strapi, name: Name): NewsroomServices[Name] =>
  strapi.plugin('newsroom').service(name) as NewsroomServices[Name];
