import type { NoticeKind, NoticeLocale } from '@insikt/core';

/** Why a user with an account got a message of this kind (the footer's first sentence). */
const USER_REASON: Record<NoticeLocale, Record<NoticeKind, string>> = {
  sv: {
    deviationReported: 'Du får det här meddelandet eftersom du har en roll i Insikt som tar emot nya avvikelser.',
    deviationAnswered: 'Du får det här meddelandet eftersom du följer en avvikelse i Insikt.',
    deviationDue: 'Du får det här meddelandet eftersom du har en roll i Insikt som handlägger avvikelser.',
    financeDeadline: 'Du får det här meddelandet eftersom du har en roll i Insikt som sköter förbundets ekonomi.',
    invitation: 'Du får det här meddelandet eftersom en administratör har skapat ett konto åt dig i Insikt.',
    passwordReset:
      'Du får det här meddelandet eftersom någon bad om en länk för nytt lösenord till den här adressen i Insikt. Har du inte bett om det kan du bortse från meddelandet; ditt lösenord är oförändrat.',
  },
  en: {
    deviationReported: 'You receive this message because you hold a role in Insikt that receives new deviations.',
    deviationAnswered: 'You receive this message because you follow a deviation in Insikt.',
    deviationDue: 'You receive this message because you hold a role in Insikt that handles deviations.',
    financeDeadline:
      "You receive this message because you hold a role in Insikt that manages the association's finances.",
    invitation: 'You receive this message because an administrator has created an account for you in Insikt.',
    passwordReset:
      'You receive this message because someone asked for a new-password link for this address in Insikt. If it was not you, ignore this message; your password is unchanged.',
  },
};

/** Why an outside address (no account) got a message of this kind. */
const ADDRESS_REASON: Record<NoticeLocale, string> = {
  sv: 'Du får det här meddelandet eftersom din e-postadress lämnades i Insikt för att du skulle få svar.',
  en: 'You receive this message because your e-mail address was left in Insikt so that you would get an answer.',
};

const CHANGE = {
  sv: (url: string) => `Välj vilka aviseringar du får under Mitt konto: ${url}`,
  en: (url: string) => `Choose which notices you receive under My account: ${url}`,
};
const ALWAYS = {
  sv: 'Meddelanden om ditt eget konto skickas alltid.',
  en: 'Messages about your own account are always sent.',
};

/** The footer of a message to a user: why they got it and where to change that. */
export function userFooter(kind: NoticeKind, locale: NoticeLocale, mandatory: boolean, accountUrl: string): string {
  return `${USER_REASON[locale][kind]}\n${mandatory ? ALWAYS[locale] : CHANGE[locale](accountUrl)}`;
}

/** The footer of a message to an outside address. */
export function addressFooter(locale: NoticeLocale): string {
  return ADDRESS_REASON[locale];
}
