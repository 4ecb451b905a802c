/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by a page before it renders MDX (src/components/mdx/context.ts): the languages and file of the text. */
    content?: import('./components/mdx/context.ts').ContentLocals;
  }
}
