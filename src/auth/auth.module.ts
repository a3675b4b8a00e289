import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from './user.entity.js';
import { UsersService } from './users.service.js';
import { UsersController } from './users.controller.js';
import { ApiKeyStore } from './api-key.store.js';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity])],
  providers: [UsersService, ApiKeyStore],
  controllers: [UsersController],
  exports: [ApiKeyStore],
})
export class AuthModule {}
