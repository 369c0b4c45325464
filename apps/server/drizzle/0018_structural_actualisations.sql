CREATE TABLE "structural_actualisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"association_id" uuid NOT NULL,
	"intervention_id" uuid NOT NULL,
	"date" date NOT NULL,
	"raised_by" text NOT NULL,
	"gender" text,
	"decision" text NOT NULL,
	"referred_to" text DEFAULT '' NOT NULL,
	"participation_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "structural_actualisations" ADD CONSTRAINT "structural_actualisations_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "structural_actualisations" ADD CONSTRAINT "structural_actualisations_intervention_id_interventions_id_fk" FOREIGN KEY ("intervention_id") REFERENCES "public"."interventions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "structural_actualisations" ADD CONSTRAINT "structural_actualisations_participation_id_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."participations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "structural_actualisations_intervention_idx" ON "structural_actualisations" USING btree ("association_id","intervention_id","date");--> statement-breakpoint
CREATE INDEX "structural_actualisations_participation_idx" ON "structural_actualisations" USING btree ("participation_id");