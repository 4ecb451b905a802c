/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The page's context and the languages and file of its text: set by every page before it renders, throws if read before (src/data/locals.ts). */
    page: import('./data/locals.ts').PageLocals;
  }
}
