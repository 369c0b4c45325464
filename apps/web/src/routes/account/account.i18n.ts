/** The account module's texts (keys `account`), Swedish first, English second. */
const sv = {
  account: {
    roleGranted:
      '{{date}}: {{by}} gav dig rollen {{role}} i {{association}}. Hör av dig till förbundet om det inte stämmer.',
    noticesRead: 'Jag har sett det',
    title: 'Mitt konto',
    changePassword: 'Byt lösenord',
    mustChange: 'Du har loggat in med ett engångslösenord. Välj ett eget lösenord för att fortsätta.',
    currentPassword: 'Nuvarande lösenord',
    newPassword: 'Nytt lösenord',
    confirmPassword: 'Upprepa nytt lösenord',
    passwordRules:
      'Minst 12 tecken. Använd gärna en fras av flera ord. Vanliga lösenord och din e-postadress godtas inte.',
    mismatch: 'Lösenorden är inte likadana.',
    changed: 'Lösenordet är bytt. Dina andra sessioner har avslutats.',
    sessions: 'Dina aktiva sessioner',
    thisSession: 'Den här sessionen',
    started: 'Startad',
    lastSeen: 'Senast aktiv',
    client: 'Webbläsare',
    end: 'Avsluta',
  },
};

const en: typeof sv = {
  account: {
    roleGranted:
      '{{date}}: {{by}} gave you the role {{role}} in {{association}}. Contact the association if this is wrong.',
    noticesRead: 'I have seen this',
    title: 'My account',
    changePassword: 'Change password',
    mustChange: 'You logged in with a one-time password. Choose your own password to continue.',
    currentPassword: 'Current password',
    newPassword: 'New password',
    confirmPassword: 'Repeat new password',
    passwordRules:
      'At least 12 characters. A phrase of several words works well. Common passwords and your e-mail are not accepted.',
    mismatch: 'The passwords do not match.',
    changed: 'Your password has been changed. Your other sessions have been ended.',
    sessions: 'Your active sessions',
    thisSession: 'This session',
    started: 'Started',
    lastSeen: 'Last active',
    client: 'Browser',
    end: 'End',
  },
};

export const accountMessages = { sv, en };
