CREATE TABLE "allocation_forbund" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"association_id" uuid,
	"municipality_codes" jsonb NOT NULL,
	"previous_allocation" bigint,
	"requested" bigint,
	"equity" bigint,
	"income" bigint,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "allocation_forbund_name_uq" UNIQUE("year","name")
);
--> statement-breakpoint
CREATE TABLE "allocation_simulations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"association_id" uuid,
	"name" text NOT NULL,
	"changes" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "allocation_forbund" ADD CONSTRAINT "allocation_forbund_year_allocation_years_year_fk" FOREIGN KEY ("year") REFERENCES "public"."allocation_years"("year") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_forbund" ADD CONSTRAINT "allocation_forbund_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_simulations" ADD CONSTRAINT "allocation_simulations_year_allocation_years_year_fk" FOREIGN KEY ("year") REFERENCES "public"."allocation_years"("year") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_simulations" ADD CONSTRAINT "allocation_simulations_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "allocation_simulations_association_idx" ON "allocation_simulations" USING btree ("association_id");