/** The login module's texts (keys `login`), Swedish first, English second. */
const sv = {
  login: {
    title: 'Logga in',
    email: 'E-postadress',
    password: 'Lösenord',
    submit: 'Logga in',
    sso: 'Inloggning med e-legitimation via din organisation kan aktiveras av administratören.',
  },
};

const en: typeof sv = {
  login: {
    title: 'Log in',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Log in',
    sso: 'Sign-in with e-ID through your organisation can be enabled by the administrator.',
  },
};

export const loginMessages = { sv, en };
