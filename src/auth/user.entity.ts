import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Role } from './roles.js';

@Entity('users')
export class UserEntity {
  @PrimaryColumn({ type: 'text' }) id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) role: Role;
  @Column({ type: 'text', name: 'created_at' }) createdAt: string;
}
