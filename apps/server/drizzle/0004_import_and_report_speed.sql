-- The unique key on interventions must exist before participations can refer to it.
ALTER TABLE "interventions" ADD CONSTRAINT "interventions_id_association_uq" UNIQUE("id","association_id");--> statement-breakpoint
ALTER TABLE "participations" DROP CONSTRAINT "participations_identity_uq";--> statement-breakpoint
ALTER TABLE "participations" DROP CONSTRAINT "participations_anonymous_uq";--> statement-breakpoint
ALTER TABLE "persons" DROP CONSTRAINT "persons_reference_uq";--> statement-breakpoint
ALTER TABLE "persons" DROP CONSTRAINT "persons_pnr_uq";--> statement-breakpoint
ALTER TABLE "participations" DROP CONSTRAINT "participations_association_id_associations_id_fk";
--> statement-breakpoint
ALTER TABLE "participations" DROP CONSTRAINT "participations_intervention_id_interventions_id_fk";
--> statement-breakpoint
DROP INDEX "participations_person_idx";--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_intervention_fk" FOREIGN KEY ("intervention_id","association_id") REFERENCES "public"."interventions"("id","association_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "participations_exit_report_idx" ON "participations" USING btree ("exit_date","association_id","intervention_id","gender","person_id","id","start_date","birth_year","birth_date","exit_reason","education","public_support_before","work_hours_before","study_hours_before","work_hours_after","study_hours_after");--> statement-breakpoint
CREATE UNIQUE INDEX "participations_identity_uq" ON "participations" USING btree ("intervention_id","person_id","start_date") WHERE "participations"."person_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "participations_anonymous_uq" ON "participations" USING btree ("intervention_id","anonymous_key") WHERE "participations"."anonymous_key" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "persons_reference_uq" ON "persons" USING btree ("association_id","reference") WHERE "persons"."reference" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "persons_pnr_uq" ON "persons" USING btree ("association_id","personnummer_hash") WHERE "persons"."personnummer_hash" is not null;--> statement-breakpoint
CREATE INDEX "participations_person_idx" ON "participations" USING btree ("person_id") WHERE "participations"."person_id" is not null;
