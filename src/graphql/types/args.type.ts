/** Arguments shared by several fields. */
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs } from '../connection.js';
import { SortDirection, Stance, StatementKind } from './enums.js';

@ArgsType()
export class StatementPageArgs extends ConnectionArgs {
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'By date (the start of its interval), then id.' })
  order!: SortDirection;

  @Field(() => StatementKind, { nullable: true })
  kind?: StatementKind;

  @Field(() => String, { nullable: true, description: 'Only statements whose date overlaps from here (YYYY, YYYY-MM or YYYY-MM-DD).' })
  dateFrom?: string;

  @Field(() => String, { nullable: true, description: 'Only statements whose date overlaps up to here.' })
  dateTo?: string;
}

@ArgsType()
export class StatementsAboutArgs extends StatementPageArgs {
  @Field(() => Stance, { nullable: true, description: 'Only statements with this stance toward this node.' })
  stance?: Stance;
}

@InputType({ description: 'Every field narrows the result; leave one out for any.' })
export class StatementFilterInput {
  @Field(() => [ID], { nullable: true, description: 'Said by any of these actors.' })
  speakers?: string[];

  @Field(() => [ID], { nullable: true, description: 'Counting for any of these organisations (SPOKE_FOR): said by it, by a part of it (MEMBER_OF), or by someone in a role at either while the role was held.' })
  organisations?: string[];

  @Field(() => [ID], { nullable: true, description: 'About any of these nodes (with one of `stances`, when given).' })
  targets?: string[];

  @Field(() => [Stance], { nullable: true })
  stances?: Stance[];

  @Field(() => [StatementKind], { nullable: true })
  kinds?: StatementKind[];

  @Field(() => String, { nullable: true, description: 'Dated on or after (overlapping): YYYY, YYYY-MM or YYYY-MM-DD.' })
  dateFrom?: string;

  @Field(() => String, { nullable: true, description: 'Dated on or before (overlapping).' })
  dateTo?: string;

  @Field(() => [ID], { nullable: true, description: 'Read in any of these sources.' })
  sources?: string[];

  @Field(() => String, { nullable: true, description: 'Containing these characters (case-insensitive). For ranked word search, use `search`.' })
  text?: string;
}
