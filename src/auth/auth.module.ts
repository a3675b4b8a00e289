import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from './user.entity.js';
import { UsersService } from './users.service.js';
import { UsersController } from './users.controller.js';
import { ApiKeyStore } from './api-key.store.js';
import { SessionStore } from './session.store.js';
import { SessionsController } from './sessions.controller.js';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity])],
  providers: [UsersService, ApiKeyStore, SessionStore],
  controllers: [UsersController, SessionsController],
  exports: [ApiKeyStore, SessionStore],
})
export class AuthModule {}
