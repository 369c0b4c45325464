/** The login module's texts (keys `login`), Swedish first, English second. */
const sv = {
  login: {
    title: 'Logga in',
    email: 'E-postadress',
    password: 'Lösenord',
    submit: 'Logga in',
    signInHelp:
      'Du loggar in med e-postadress och lösenord. Har du glömt lösenordet ger förbundets administratör dig ett engångslösenord.',
    signInHelpEmail:
      'Du loggar in med e-postadress och lösenord. Har du glömt lösenordet får du en länk med e-post, eller ett engångslösenord av förbundets administratör.',
  },
};

const en: typeof sv = {
  login: {
    title: 'Log in',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Log in',
    signInHelp:
      'You sign in with your e-mail address and password. If you have forgotten it, your association’s administrator gives you a one-time password.',
    signInHelpEmail:
      'You sign in with your e-mail address and password. If you have forgotten it, you get a link by e-mail, or a one-time password from your association’s administrator.',
  },
};

export const loginMessages = { sv, en };
