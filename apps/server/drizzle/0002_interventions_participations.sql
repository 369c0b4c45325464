CREATE TABLE "interventions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"association_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"status" text DEFAULT 'active' NOT NULL,
	"owner_member_id" uuid,
	"target_group" text DEFAULT '' NOT NULL,
	"partner_member_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"municipality_codes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"budgets" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"staffing" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"goals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interventions_name_uq" UNIQUE("association_id","name")
);
--> statement-breakpoint
CREATE TABLE "participations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"association_id" uuid NOT NULL,
	"intervention_id" uuid NOT NULL,
	"person_id" uuid,
	"anonymous_key" text,
	"consent" boolean NOT NULL,
	"consent_date" date,
	"gender" text NOT NULL,
	"birth_year" smallint NOT NULL,
	"birth_date" date,
	"municipality_code" text,
	"start_date" date NOT NULL,
	"exit_date" date,
	"exit_reason" text,
	"education" text,
	"public_support_before" text,
	"support_before" text[] DEFAULT '{}'::text[] NOT NULL,
	"support_after" text[] DEFAULT '{}'::text[] NOT NULL,
	"occupation_before" text[] DEFAULT '{}'::text[] NOT NULL,
	"occupation_after" text[] DEFAULT '{}'::text[] NOT NULL,
	"work_hours_before" real,
	"study_hours_before" real,
	"work_hours_after" real,
	"study_hours_after" real,
	"obstacles" text[] DEFAULT '{}'::text[] NOT NULL,
	"follow_up_6m" text[],
	"follow_up_12m" text[],
	"dropout_reason" text,
	"comment" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participations_identity_uq" UNIQUE("intervention_id","person_id","start_date"),
	CONSTRAINT "participations_anonymous_uq" UNIQUE("intervention_id","anonymous_key")
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"association_id" uuid NOT NULL,
	"reference" text,
	"personnummer_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "persons_reference_uq" UNIQUE("association_id","reference"),
	CONSTRAINT "persons_pnr_uq" UNIQUE("association_id","personnummer_hash")
);
--> statement-breakpoint
CREATE TABLE "role_interventions" (
	"role_assignment_id" uuid NOT NULL,
	"intervention_id" uuid NOT NULL,
	CONSTRAINT "role_interventions_role_assignment_id_intervention_id_pk" PRIMARY KEY("role_assignment_id","intervention_id")
);
--> statement-breakpoint
ALTER TABLE "interventions" ADD CONSTRAINT "interventions_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interventions" ADD CONSTRAINT "interventions_owner_member_id_members_id_fk" FOREIGN KEY ("owner_member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_intervention_id_interventions_id_fk" FOREIGN KEY ("intervention_id") REFERENCES "public"."interventions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_interventions" ADD CONSTRAINT "role_interventions_role_assignment_id_role_assignments_id_fk" FOREIGN KEY ("role_assignment_id") REFERENCES "public"."role_assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_interventions" ADD CONSTRAINT "role_interventions_intervention_id_interventions_id_fk" FOREIGN KEY ("intervention_id") REFERENCES "public"."interventions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interventions_association_idx" ON "interventions" USING btree ("association_id");--> statement-breakpoint
CREATE INDEX "participations_association_exit_idx" ON "participations" USING btree ("association_id","exit_date");--> statement-breakpoint
CREATE INDEX "participations_intervention_exit_idx" ON "participations" USING btree ("intervention_id","exit_date");--> statement-breakpoint
CREATE INDEX "participations_person_idx" ON "participations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "role_interventions_intervention_idx" ON "role_interventions" USING btree ("intervention_id");