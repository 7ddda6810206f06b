import { conditionToExpression } from '../../shared/forms/condition-expression.ts';
import { printExpression } from '../../shared/forms/expression/print.ts';
import { FMS_V1 } from '../../shared/forms/fms-v1.ts';
import type { Condition, FieldDefinition, FormDefinition } from '../../shared/forms/types.ts';

/** A condition as the XLSForm text that means it: `${consent} = 'yes' and ${age} >= 5`. */
const asExpression = (condition: Condition): Condition => ({
  expression: printExpression(conditionToExpression(condition)),
});

/** Constraints an author adds to a survey like FMS: each question's own test, read by the evaluator. */
const CONSTRAINTS: Readonly<Record<string, string>> = {
  age: '. >= 0 and . <= 120',
  education: ". != 'university' or ${age} >= 15",
  occupation: ". != 'salaried' or ${age} >= 15",
  needs: "not(selected(., 'none')) or count-selected(.) = 1",
  vulnerabilities: "not(selected(., 'none')) or count-selected(.) = 1",
  next_country: '. != ${previous_country} or . != ${nationality}',
};

function withExpressions(field: FieldDefinition, constraints: Readonly<Record<string, string>>): FieldDefinition {
  const constraint = constraints[field.name];
  return {
    ...field,
    ...(field.relevant ? { relevant: asExpression(field.relevant) } : {}),
    ...(typeof field.required === 'object' ? { required: asExpression(field.required) } : {}),
    ...(constraint ? { constraint } : {}),
  };
}

/**
 * FMS v1 with every condition (relevance, conditional requirement, a rule's `when`) written as an expression
 * and six questions given a constraint: each record then goes through the expression evaluator wherever FMS v1
 * walks a condition tree. The meanings are FMS v1's; the definition schema would ask for the tree where one
 * holds the meaning (decision 0082), so this form measures the evaluator, it is not one to publish.
 */
export const FMS_WITH_EXPRESSIONS: FormDefinition = fmsWith(CONSTRAINTS);

/** The same without the constraints: what the conditions alone cost. */
export const FMS_WITH_CONDITION_EXPRESSIONS: FormDefinition = fmsWith({});

function fmsWith(constraints: Readonly<Record<string, string>>): FormDefinition {
  return {
    ...FMS_V1,
    fields: FMS_V1.fields.map((field) => withExpressions(field, constraints)),
    rules: FMS_V1.rules.map((rule) => (rule.when ? { ...rule, when: asExpression(rule.when) } : rule)),
  };
}
