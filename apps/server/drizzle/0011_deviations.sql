CREATE TABLE "deviation_contacts" (
	"deviation_id" uuid PRIMARY KEY NOT NULL,
	"association_id" uuid NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"language" text DEFAULT 'sv' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deviation_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"deviation_id" uuid NOT NULL,
	"association_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"note" text DEFAULT '' NOT NULL,
	"by_user_id" uuid,
	"by_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deviation_rate_limits" (
	"association_id" uuid NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "deviation_rate_limits_association_id_window_start_pk" PRIMARY KEY("association_id","window_start")
);
--> statement-breakpoint
CREATE TABLE "deviation_settings" (
	"association_id" uuid PRIMARY KEY NOT NULL,
	"report_token" text NOT NULL,
	"report_link_enabled" boolean DEFAULT false NOT NULL,
	"publication_public" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deviation_settings_report_token_unique" UNIQUE("report_token")
);
--> statement-breakpoint
CREATE TABLE "deviations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"association_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"channel" text NOT NULL,
	"occurred_on" date NOT NULL,
	"received_on" date NOT NULL,
	"intervention_id" uuid,
	"forum" text DEFAULT '' NOT NULL,
	"member_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"own_organisation" boolean DEFAULT false NOT NULL,
	"type" text NOT NULL,
	"hinder_kind" text,
	"description" text NOT NULL,
	"suggestion" text DEFAULT '' NOT NULL,
	"confirmed_warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"body" text DEFAULT 'preparatoryGroup' NOT NULL,
	"meeting_date" date,
	"resolution" text,
	"handler_id" uuid,
	"answer" text DEFAULT '' NOT NULL,
	"answered_on" date,
	"published_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deviations_number_uq" UNIQUE("association_id","number")
);
--> statement-breakpoint
CREATE TABLE "body_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"association_id" uuid NOT NULL,
	"body" text NOT NULL,
	"date" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "body_meetings_uq" UNIQUE("association_id","body","date")
);
--> statement-breakpoint
ALTER TABLE "deviation_contacts" ADD CONSTRAINT "deviation_contacts_deviation_id_deviations_id_fk" FOREIGN KEY ("deviation_id") REFERENCES "public"."deviations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deviation_contacts" ADD CONSTRAINT "deviation_contacts_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deviation_events" ADD CONSTRAINT "deviation_events_deviation_id_deviations_id_fk" FOREIGN KEY ("deviation_id") REFERENCES "public"."deviations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deviation_events" ADD CONSTRAINT "deviation_events_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deviation_events" ADD CONSTRAINT "deviation_events_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deviation_rate_limits" ADD CONSTRAINT "deviation_rate_limits_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deviation_settings" ADD CONSTRAINT "deviation_settings_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deviations" ADD CONSTRAINT "deviations_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deviations" ADD CONSTRAINT "deviations_intervention_id_interventions_id_fk" FOREIGN KEY ("intervention_id") REFERENCES "public"."interventions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deviations" ADD CONSTRAINT "deviations_handler_id_users_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_meetings" ADD CONSTRAINT "body_meetings_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deviation_events_deviation_idx" ON "deviation_events" USING btree ("deviation_id");--> statement-breakpoint
CREATE INDEX "deviations_association_idx" ON "deviations" USING btree ("association_id","status");