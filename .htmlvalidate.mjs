import { defineConfig } from 'html-validate';

export default defineConfig({
  extends: ['html-validate:recommended'],
  rules: {
    // role="list" on unstyled lists is deliberate: Safari/VoiceOver drops list semantics with `list-style: none`.
    'no-redundant-role': 'off',
    // Timeline anchors are dates (#2022-02-24-invasion): valid HTML ids, readable in a shared link.
    'valid-id': ['error', { relaxed: true }],
  },
});
