import { type DataSource, IsNull, LessThanOrEqual, MoreThan, Or } from 'typeorm';
import { ParticipantVersionEntity } from './participant-version.entity';

/** One membership of the arrangement as the register knew it. */
export type ParticipantListEntry = Pick<ParticipantVersionEntity, 'municipality' | 'name' | 'joinedOn' | 'exitOn'>;

/**
 * The participant list as known at `knownAt`: the versions recorded by then
 * and not yet replaced, an indexed range lookup on recorded time. Instants are
 * stored in their canonical UTC form, so comparing them as text compares them
 * as instants.
 */
export async function participantsKnownAt(dataSource: DataSource, knownAt: string): Promise<ParticipantListEntry[]> {
  const rows = await dataSource.getRepository(ParticipantVersionEntity).find({
    select: { municipality: true, name: true, joinedOn: true, exitOn: true },
    where: { recordedFrom: LessThanOrEqual(knownAt), recordedUntil: Or(IsNull(), MoreThan(knownAt)) },
    order: { municipality: 'ASC', joinedOn: 'ASC' },
  });
  return rows.map(({ municipality, name, joinedOn, exitOn }) => ({ municipality, name, joinedOn, exitOn }));
}
