import { type LocalizedText, type Questionnaire, type SurveyOption } from '../model';
import {
  LIST_SEPARATOR,
  ROW_TYPE_NAMES,
  STATEMENT_TYPE_NAME,
  TEMPLATE_ROW_COLUMNS as C,
  YES,
  type TemplateRow,
} from './rows-format';

const list = (values: readonly string[]) => values.join(` ${LIST_SEPARATOR} `);
const yes = (value: boolean | undefined) => (value ? YES : '');
/** Numbers as a Swedish spreadsheet shows them (decimal comma); the reader takes both. */
const number = (value: number | undefined) => (value === undefined ? '' : String(value).replace('.', ','));

function texts(sv: string, en: string, value: LocalizedText | undefined): TemplateRow {
  return { [sv]: value?.sv ?? '', [en]: value?.en ?? '' };
}

function optionCells(options: readonly SurveyOption[]): TemplateRow {
  const english = options.some((o) => o.label.en !== undefined);
  return {
    [C.options]: list(options.map((o) => `${o.id}=${o.label.sv}`)),
    [C.optionsEn]: english ? list(options.map((o) => o.label.en ?? o.label.sv)) : '',
    [C.outside]: list(options.filter((o) => o.outsideScale).map((o) => o.id)),
    [C.other]: list(options.filter((o) => o.other).map((o) => o.id)),
  };
}

/**
 * The sheet for a questionnaire, one question per row (and one per matrix statement): the
 * downloadable sample, and a förbund's template taken to Excel. `questionnaireFromRows` reads it back
 * to the same questionnaire, except that a section after the first with neither heading nor intro
 * joins the section before it, and a section without questions is left out.
 */
export function rowsFromQuestionnaire(q: Questionnaire): TemplateRow[] {
  const empty = Object.fromEntries(Object.values(C).map((header) => [header, ''])) as TemplateRow;
  return q.sections.flatMap((section) =>
    section.questions.flatMap((question, i): TemplateRow[] => {
      const row: TemplateRow = {
        ...empty,
        ...(i === 0 ? texts(C.section, C.sectionEn, section.title) : {}),
        ...(i === 0 ? texts(C.sectionIntro, C.sectionIntroEn, section.intro) : {}),
        [C.id]: question.id,
        [C.type]: ROW_TYPE_NAMES[question.type],
        ...texts(C.text, C.textEn, question.text),
        ...texts(C.help, C.helpEn, question.help),
        [C.required]: yes(question.required),
      };
      if ('options' in question) Object.assign(row, optionCells(question.options));
      if (question.type === 'multiple' && question.maxChoices !== undefined)
        row[C.maxChoices] = String(question.maxChoices);
      if (question.type === 'number') {
        Object.assign(row, texts(C.unit, C.unitEn, question.unit), {
          [C.min]: number(question.min),
          [C.max]: number(question.max),
          [C.integer]: yes(question.integer),
        });
      }
      if (question.type !== 'scale' && question.type !== 'matrix') return [row];
      Object.assign(row, optionCells(question.scale.options), {
        [C.positive]: list(question.scale.positive),
        [C.numeric]: yes(question.scale.numeric),
      });
      if (question.type === 'scale') return [row];
      return [
        row,
        ...question.statements.map((statement) => ({
          ...empty,
          [C.id]: statement.id,
          [C.type]: STATEMENT_TYPE_NAME,
          ...texts(C.text, C.textEn, statement.text),
          [C.statementOf]: question.id,
        })),
      ];
    }),
  );
}
