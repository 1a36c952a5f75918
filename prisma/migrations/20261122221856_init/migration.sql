-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "auth_method" AS ENUM ('password', 'private_key');

-- CreateEnum
CREATE TYPE "scan_kind" AS ENUM ('full', 'connections');

-- CreateEnum
CREATE TYPE "scan_status" AS ENUM ('queued', 'running', 'succeeded', 'failed');

-- CreateEnum
CREATE TYPE "check_outcome" AS ENUM ('pass', 'fail', 'not_assessed', 'partial');

-- CreateEnum
CREATE TYPE "severity" AS ENUM ('critical', 'high', 'medium', 'low', 'info');

-- CreateEnum
CREATE TYPE "finding_status" AS ENUM ('open', 'resolved', 'accepted_risk');

-- CreateEnum
CREATE TYPE "remediation_status" AS ENUM ('pending_approval', 'running', 'succeeded', 'verification_failed', 'failed', 'refused', 'rejected');

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "email_verified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" TEXT NOT NULL DEFAULT 'auditor',
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "token" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "ip_address" TEXT,
    "user_agent" TEXT,
    "user_id" TEXT NOT NULL,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "provider_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "access_token" TEXT,
    "refresh_token" TEXT,
    "id_token" TEXT,
    "access_token_expires_at" TIMESTAMP(3),
    "refresh_token_expires_at" TIMESTAMP(3),
    "scope" TEXT,
    "password" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sign_in_throttle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "window_start" TIMESTAMP(3) NOT NULL,
    "locked_until" TIMESTAMP(3),

    CONSTRAINT "sign_in_throttle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "app_setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "app_setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "system" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "host" TEXT NOT NULL,
    "port" INTEGER NOT NULL DEFAULT 22,
    "user_profile" TEXT NOT NULL,
    "auth_method" "auth_method" NOT NULL,
    "secret_ciphertext" TEXT NOT NULL,
    "host_key_sha256" TEXT NOT NULL,
    "pending_host_key" TEXT,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "notes" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "read_only" BOOLEAN NOT NULL DEFAULT false,
    "two_person_rule" BOOLEAN NOT NULL DEFAULT false,
    "probe" JSONB,
    "release" TEXT,
    "probed_at" TIMESTAMP(3),
    "policy" JSONB NOT NULL DEFAULT '{}',
    "full_scan_minutes" INTEGER NOT NULL DEFAULT 60,
    "connections_minutes" INTEGER NOT NULL DEFAULT 5,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "system_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "trusted_network" (
    "id" UUID NOT NULL,
    "system_id" UUID,
    "cidr" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "owner" TEXT,
    "local_ports" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "expires_at" TIMESTAMP(3),
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "trusted_network_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "scan" (
    "id" UUID NOT NULL,
    "system_id" UUID NOT NULL,
    "kind" "scan_kind" NOT NULL,
    "status" "scan_status" NOT NULL DEFAULT 'queued',
    "trigger" TEXT NOT NULL,
    "requested_by_id" TEXT,
    "queued_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMP(3),
    "finished_at" TIMESTAMP(3),
    "duration_ms" INTEGER,
    "exec_round_trips" INTEGER,
    "error_type" TEXT,
    "error_message" TEXT,
    "worker_id" TEXT,
    "heartbeat_at" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "evidence" JSONB,
    "summary" JSONB,

    CONSTRAINT "scan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "observation" (
    "id" UUID NOT NULL,
    "scan_id" UUID NOT NULL,
    "system_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "collected_at" TIMESTAMP(3) NOT NULL,
    "data" JSONB NOT NULL,

    CONSTRAINT "observation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "check_result" (
    "id" UUID NOT NULL,
    "scan_id" UUID NOT NULL,
    "system_id" UUID NOT NULL,
    "check_id" TEXT NOT NULL,
    "outcome" "check_outcome" NOT NULL,
    "detail" JSONB,

    CONSTRAINT "check_result_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "finding" (
    "id" UUID NOT NULL,
    "system_id" UUID NOT NULL,
    "check_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "panel" TEXT NOT NULL,
    "severity" "severity" NOT NULL,
    "status" "finding_status" NOT NULL DEFAULT 'open',
    "title" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "evidence" JSONB NOT NULL,
    "first_seen_at" TIMESTAMP(3) NOT NULL,
    "last_seen_at" TIMESTAMP(3) NOT NULL,
    "resolved_at" TIMESTAMP(3),
    "last_scan_id" UUID,
    "accepted_by_id" TEXT,
    "accepted_reason" TEXT,
    "accepted_until" TIMESTAMP(3),

    CONSTRAINT "finding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "finding_event" (
    "id" UUID NOT NULL,
    "finding_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" TEXT,
    "scan_id" UUID,
    "note" TEXT,

    CONSTRAINT "finding_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "remediation" (
    "id" UUID NOT NULL,
    "system_id" UUID NOT NULL,
    "finding_id" UUID,
    "action_id" TEXT NOT NULL,
    "params" JSONB NOT NULL,
    "status" "remediation_status" NOT NULL,
    "plan" JSONB NOT NULL,
    "state_hash" TEXT NOT NULL,
    "prior_state" JSONB,
    "results" JSONB,
    "verification" JSONB,
    "reason" TEXT NOT NULL,
    "ticket" TEXT,
    "idempotency_key" TEXT NOT NULL,
    "requested_by_id" TEXT NOT NULL,
    "approved_by_id" TEXT,
    "approved_at" TIMESTAMP(3),
    "undo_of_id" UUID,
    "undone_by_id" UUID,
    "error" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMP(3),
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "remediation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" TEXT,
    "actor_email" TEXT,
    "action" TEXT NOT NULL,
    "target_type" TEXT,
    "target_id" TEXT,
    "outcome" TEXT NOT NULL,
    "ip" TEXT,
    "detail" JSONB,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");

-- CreateIndex
CREATE INDEX "session_user_id_idx" ON "session"("user_id");

-- CreateIndex
CREATE INDEX "account_user_id_idx" ON "account"("user_id");

-- CreateIndex
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "system_name_key" ON "system"("name");

-- CreateIndex
CREATE INDEX "trusted_network_system_id_idx" ON "trusted_network"("system_id");

-- CreateIndex
CREATE INDEX "scan_system_id_queued_at_idx" ON "scan"("system_id", "queued_at");

-- CreateIndex
CREATE INDEX "scan_status_idx" ON "scan"("status");

-- CreateIndex
CREATE INDEX "observation_system_id_kind_collected_at_idx" ON "observation"("system_id", "kind", "collected_at");

-- CreateIndex
CREATE INDEX "check_result_system_id_check_id_idx" ON "check_result"("system_id", "check_id");

-- CreateIndex
CREATE UNIQUE INDEX "check_result_scan_id_check_id_key" ON "check_result"("scan_id", "check_id");

-- CreateIndex
CREATE INDEX "finding_status_severity_idx" ON "finding"("status", "severity");

-- CreateIndex
CREATE UNIQUE INDEX "finding_system_id_check_id_key_key" ON "finding"("system_id", "check_id", "key");

-- CreateIndex
CREATE INDEX "finding_event_finding_id_at_idx" ON "finding_event"("finding_id", "at");

-- CreateIndex
CREATE UNIQUE INDEX "remediation_idempotency_key_key" ON "remediation"("idempotency_key");

-- CreateIndex
CREATE INDEX "remediation_system_id_created_at_idx" ON "remediation"("system_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_event_at_idx" ON "audit_event"("at");

-- CreateIndex
CREATE INDEX "audit_event_action_at_idx" ON "audit_event"("action", "at");

-- CreateIndex
CREATE INDEX "audit_event_actor_id_at_idx" ON "audit_event"("actor_id", "at");

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trusted_network" ADD CONSTRAINT "trusted_network_system_id_fkey" FOREIGN KEY ("system_id") REFERENCES "system"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "scan" ADD CONSTRAINT "scan_system_id_fkey" FOREIGN KEY ("system_id") REFERENCES "system"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observation" ADD CONSTRAINT "observation_scan_id_fkey" FOREIGN KEY ("scan_id") REFERENCES "scan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observation" ADD CONSTRAINT "observation_system_id_fkey" FOREIGN KEY ("system_id") REFERENCES "system"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "check_result" ADD CONSTRAINT "check_result_scan_id_fkey" FOREIGN KEY ("scan_id") REFERENCES "scan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "check_result" ADD CONSTRAINT "check_result_system_id_fkey" FOREIGN KEY ("system_id") REFERENCES "system"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding" ADD CONSTRAINT "finding_system_id_fkey" FOREIGN KEY ("system_id") REFERENCES "system"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding_event" ADD CONSTRAINT "finding_event_finding_id_fkey" FOREIGN KEY ("finding_id") REFERENCES "finding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "remediation" ADD CONSTRAINT "remediation_system_id_fkey" FOREIGN KEY ("system_id") REFERENCES "system"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "remediation" ADD CONSTRAINT "remediation_finding_id_fkey" FOREIGN KEY ("finding_id") REFERENCES "finding"("id") ON DELETE SET NULL ON UPDATE CASCADE;
