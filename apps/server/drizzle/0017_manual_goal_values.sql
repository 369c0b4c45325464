CREATE TABLE "intervention_goal_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"association_id" uuid NOT NULL,
	"intervention_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"value" double precision NOT NULL,
	"source" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"entered_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "intervention_goal_values_year_uq" UNIQUE("intervention_id","goal_id","year")
);
--> statement-breakpoint
ALTER TABLE "intervention_goal_values" ADD CONSTRAINT "intervention_goal_values_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervention_goal_values" ADD CONSTRAINT "intervention_goal_values_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervention_goal_values" ADD CONSTRAINT "intervention_goal_values_intervention_fk" FOREIGN KEY ("intervention_id","association_id") REFERENCES "public"."interventions"("id","association_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Decision 0062: every goal gets a stable id, so values entered by hand survive edits of its text and
-- a reordering of the list. The order of the list is kept (ORDER BY the position).
UPDATE "interventions" SET "goals" = (
	SELECT jsonb_agg(CASE WHEN e.g->>'id' IS NULL THEN e.g || jsonb_build_object('id', gen_random_uuid()) ELSE e.g END ORDER BY e.o)
	FROM jsonb_array_elements("interventions"."goals") WITH ORDINALITY AS e(g, o)
) WHERE jsonb_array_length("goals") > 0;
