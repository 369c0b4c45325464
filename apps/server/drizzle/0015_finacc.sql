CREATE TABLE "finance_account_mappings" (
	"association_id" uuid NOT NULL,
	"account" text NOT NULL,
	"line_id" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "finance_account_mappings_association_id_account_pk" PRIMARY KEY("association_id","account")
);
--> statement-breakpoint
CREATE TABLE "finance_budgets" (
	"line_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"amount" bigint NOT NULL,
	CONSTRAINT "finance_budgets_line_id_year_pk" PRIMARY KEY("line_id","year")
);
--> statement-breakpoint
CREATE TABLE "finance_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"association_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"income_source" text,
	"intervention_id" uuid,
	"administration" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "finance_lines_name_uq" UNIQUE("association_id","name"),
	CONSTRAINT "finance_lines_intervention_uq" UNIQUE("intervention_id")
);
--> statement-breakpoint
CREATE TABLE "finance_outcomes" (
	"association_id" uuid NOT NULL,
	"line_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"period" text NOT NULL,
	"amount" bigint NOT NULL,
	CONSTRAINT "finance_outcomes_line_id_period_pk" PRIMARY KEY("line_id","period")
);
--> statement-breakpoint
CREATE TABLE "finance_years" (
	"association_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"granularity" text DEFAULT 'tertial' NOT NULL,
	"opening_equity" bigint DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "finance_years_association_id_year_pk" PRIMARY KEY("association_id","year")
);
--> statement-breakpoint
ALTER TABLE "finance_account_mappings" ADD CONSTRAINT "finance_account_mappings_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_account_mappings" ADD CONSTRAINT "finance_account_mappings_line_id_finance_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."finance_lines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_budgets" ADD CONSTRAINT "finance_budgets_line_id_finance_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."finance_lines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_lines" ADD CONSTRAINT "finance_lines_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_lines" ADD CONSTRAINT "finance_lines_intervention_id_interventions_id_fk" FOREIGN KEY ("intervention_id") REFERENCES "public"."interventions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_outcomes" ADD CONSTRAINT "finance_outcomes_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_outcomes" ADD CONSTRAINT "finance_outcomes_line_id_finance_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."finance_lines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_years" ADD CONSTRAINT "finance_years_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "finance_lines_association_idx" ON "finance_lines" USING btree ("association_id");--> statement-breakpoint
CREATE INDEX "finance_outcomes_association_year_idx" ON "finance_outcomes" USING btree ("association_id","year");