// Without the bundled Inter web fonts (about 1 MB in 14 files): the system's UI font instead.
import DefaultTheme from 'vitepress/theme-without-fonts';
import RedocReference from './RedocReference.vue';
import './custom.css';

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('RedocReference', RedocReference);
  },
} satisfies typeof DefaultTheme;
