import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of the transactional outbox; written with raw SQL inside Db.write, read here through TypeORM. */
@Entity('events')
export class EventEntity {
  @PrimaryGeneratedColumn() seq: number;
  @Column({ type: 'text', unique: true }) id: string;
  @Column({ type: 'text' }) type: string;
  @Column({ type: 'text' }) timestamp: string;
  @Column({ type: 'text' }) data: string;
  @Column({ type: 'text', name: 'dispatched_at', nullable: true }) dispatchedAt: string | null;
}
