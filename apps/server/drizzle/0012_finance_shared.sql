CREATE TABLE "allocation_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"distributable" bigint NOT NULL,
	"base_grant" bigint NOT NULL,
	"support_measure_weight" real NOT NULL,
	"protection_limit" real NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "equity_guidelines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decided_on" date NOT NULL,
	"steps" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "equity_guidelines_decided_on_unique" UNIQUE("decided_on")
);
--> statement-breakpoint
CREATE TABLE "kommun_year_inputs" (
	"year" integer NOT NULL,
	"municipality_code" text NOT NULL,
	"support_measure" bigint,
	"inhabitants_16_64" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kommun_year_inputs_year_municipality_code_pk" PRIMARY KEY("year","municipality_code")
);
--> statement-breakpoint
CREATE TABLE "state_money_years" (
	"association_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"offered" bigint,
	"requested" bigint,
	"granted" bigint,
	"per_inhabitant_basis" text DEFAULT 'granted' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "state_money_years_association_id_year_pk" PRIMARY KEY("association_id","year")
);
--> statement-breakpoint
ALTER TABLE "kommun_year_inputs" ADD CONSTRAINT "kommun_year_inputs_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "state_money_years" ADD CONSTRAINT "state_money_years_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;