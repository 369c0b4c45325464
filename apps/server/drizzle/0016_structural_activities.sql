CREATE TABLE "structural_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"association_id" uuid NOT NULL,
	"intervention_id" uuid NOT NULL,
	"date" date NOT NULL,
	"kind" text NOT NULL,
	"topic" text NOT NULL,
	"hours" double precision NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"attendance" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"series_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "structural_activities" ADD CONSTRAINT "structural_activities_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "structural_activities" ADD CONSTRAINT "structural_activities_intervention_id_interventions_id_fk" FOREIGN KEY ("intervention_id") REFERENCES "public"."interventions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "structural_activities_intervention_idx" ON "structural_activities" USING btree ("association_id","intervention_id","date");